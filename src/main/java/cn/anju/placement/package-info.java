/** Each child's school, grade, transport and clinic. */
package cn.anju.placement;
