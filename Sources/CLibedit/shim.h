#ifndef STORYSHELL_CLIBEDIT_SHIM_H
#define STORYSHELL_CLIBEDIT_SHIM_H
#include <histedit.h>
#endif
