#pragma once

#include <QCoreApplication>
#include <QMetaType>
#include <QString>

#include <atomic>
#include <functional>
#include <memory>

/// Checks that bytes form one or more complete gzip members (RFC 1952) whose CRC32 and ISIZE
/// trailers match the inflated data. Fed incrementally, so a download can be verified while it
/// arrives and a multi-gigabyte file is never held in memory; the inflated bytes are discarded.
class GzipVerifier
{
    Q_DECLARE_TR_FUNCTIONS(GzipVerifier)

public:
    struct Result
    {
        bool ok = false;
        QString error;              ///< a sentence for the user when !ok
        int members = 0;            ///< complete gzip members seen
        qint64 compressedBytes = 0; ///< input consumed
        qint64 uncompressedBytes = 0;
    };

    GzipVerifier();
    ~GzipVerifier();
    GzipVerifier(const GzipVerifier &) = delete;
    GzipVerifier &operator=(const GzipVerifier &) = delete;

    /// Feeds the next bytes; returns false once the data is known to be bad (see result()).
    bool feed(const char *data, qint64 size);
    /// Declares the end of the data and returns the verdict: a member cut short, trailing bytes
    /// that are not a gzip member, or no data at all are errors.
    Result finish();
    /// The state so far (after finish(), the verdict).
    Result result() const;
    bool failed() const;
    /// Starts over, as if nothing had been fed.
    void reset();

    /// Verifies a whole file. \a cancel (optional) stops early with an error; \a progress
    /// (optional) is told the bytes read so far.
    static Result verifyFile(const QString &path, const std::atomic<bool> *cancel = nullptr,
                             const std::function<void(qint64)> &progress = {});

private:
    struct Private;
    std::unique_ptr<Private> d;
};
Q_DECLARE_METATYPE(GzipVerifier::Result)
