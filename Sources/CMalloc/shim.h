/*
 * glibc's allocator controls for the speechreader executable: the Glibc module Swift imports does
 * not include <malloc.h>, which declares malloc_trim.
 */
#ifndef SPEECHREADER_CMALLOC_SHIM_H
#define SPEECHREADER_CMALLOC_SHIM_H

#ifdef __linux__
#include <malloc.h>
#endif

#endif
