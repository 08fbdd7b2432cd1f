#include "core/freememory.h"

#if defined(__GLIBC__)
#include <malloc.h>
#endif

namespace FreeMemory {

void release()
{
#if defined(__GLIBC__)
    malloc_trim(0);
#endif
}

} // namespace FreeMemory
