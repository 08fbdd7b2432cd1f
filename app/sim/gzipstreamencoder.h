#pragma once

#include <QByteArray>

#include <memory>

/// The gzip body of a never-ending stream, as the stream servers send it: a gzip header, then
/// each piece handed in compressed and ended with a sync flush (so the client can decode
/// everything sent so far); the member never ends. ISA-L's deflate when the build has ISA-L
/// (several times faster than zlib's, so a benchmark's simulator does not take the cores the
/// client is measured on), zlib's otherwise.
class GzipStreamEncoder
{
public:
    /// \a level as zlib counts it (0 stores, 1 fastest, 9 smallest); ISA-L has its own fastest
    /// level for every level from 1 on.
    explicit GzipStreamEncoder(int level);
    ~GzipStreamEncoder();
    GzipStreamEncoder(const GzipStreamEncoder &) = delete;
    GzipStreamEncoder &operator=(const GzipStreamEncoder &) = delete;

    /// Compresses \a raw into \a compressed (replacing what it held), sync-flushed; the first
    /// call's output begins with the gzip header. An empty \a raw gives only that header (first
    /// call) or an empty flush block.
    void encode(const QByteArray &raw, QByteArray &compressed);

    struct Engine; ///< ISA-L's or zlib's (defined with them)

private:
    std::unique_ptr<Engine> m_engine;
};
