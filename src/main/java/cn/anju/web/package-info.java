/** HTTP conventions shared by every feature: problem details for client errors. */
package cn.anju.web;
