#include "core/processortime.h"

#include <ctime>

namespace ProcessorTime {

namespace {

double secondsOf(clockid_t clock)
{
    timespec now{};
    clock_gettime(clock, &now);
    return double(now.tv_sec) + double(now.tv_nsec) / 1e9;
}

} // namespace

double thread()
{
    return secondsOf(CLOCK_THREAD_CPUTIME_ID);
}

double process()
{
    return secondsOf(CLOCK_PROCESS_CPUTIME_ID);
}

} // namespace ProcessorTime
