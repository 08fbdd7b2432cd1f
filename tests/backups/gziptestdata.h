#pragma once

#include <QByteArray>

/// Builds gzip data for the tests with zlib: a member of JSON lines, several members in a row.
namespace GzipTestData {

/// \a lines JSON lines compressed as one gzip member.
QByteArray member(int lines, int seed = 1);
/// Raw bytes compressed as one gzip member.
QByteArray compress(const QByteArray &raw);

} // namespace GzipTestData
