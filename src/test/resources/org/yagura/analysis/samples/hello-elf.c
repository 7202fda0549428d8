#include <stdio.h>
int yagura_marker_function(int x) { return x * 3; }
int main(void) { puts("yagura-elf-sample http://198.51.100.4/"); return yagura_marker_function(1) == 3 ? 0 : 1; }
