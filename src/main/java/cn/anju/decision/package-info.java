/** Eligibility facts, acceptance with its legal deadline, approval and rejection with reasons. */
package cn.anju.decision;
