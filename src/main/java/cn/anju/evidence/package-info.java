/** Uploaded evidence: type recognised by content, stored once per SHA-256. */
package cn.anju.evidence;
