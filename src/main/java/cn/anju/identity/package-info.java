/** Resident identity numbers (GB 11643-1999): the value type and its Bean Validation constraints. */
package cn.anju.identity;
