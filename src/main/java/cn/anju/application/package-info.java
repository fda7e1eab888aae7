/**
 * The case itself: an application, its applicants, children and housing evidence, its status
 * projection and timeline. Every feature reads it; it imports no feature.
 */
package cn.anju.application;
