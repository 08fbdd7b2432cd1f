#pragma once

/// Gives the operating system back the memory the allocator holds free. A live feed frees and
/// allocates a ring's worth of messages over and over; glibc keeps what was freed in its heaps
/// (tens of MiB after a burst), so without this the process stays larger than what it holds.
namespace FreeMemory {

/// Returns free heap pages to the system (glibc's malloc_trim; nothing elsewhere). Takes a few
/// milliseconds for a heap of some hundred MiB.
void release();

} // namespace FreeMemory
