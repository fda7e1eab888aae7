/** Certificates: PDF rendering with an embedded CJK font, verification codes, stored PDFs. */
package cn.anju.certificate;
