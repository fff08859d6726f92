#ifndef PRELIM_COACH_CLIBYAML_SHIM_H
#define PRELIM_COACH_CLIBYAML_SHIM_H
// The system's libyaml (Debian's libyaml-dev): the dialogue reader's events and its fallback.
#include <yaml.h>
#endif
