/** Text from student code made safe to show: to students in results, to the staff at a terminal. */
package nngrader.text;
