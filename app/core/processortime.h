#pragma once

/// Processor time used so far, in seconds: what the index pass records of its threads and what
/// the benchmarks compare with wall time.
namespace ProcessorTime {

/// By the calling thread.
double thread();
/// By the whole process, all its threads.
double process();

} // namespace ProcessorTime
