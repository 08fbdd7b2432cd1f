#include "inflateengine.h"

#include "core/buildinfo.h"
#include "zlibinflate.h"
#if HYDRANT_HAS_ISAL
#include "isalinflate.h"
#endif

bool InflateEngine::available(Kind kind)
{
    return kind == Kind::Zlib || HYDRANT_HAS_ISAL;
}

InflateEngine::Kind InflateEngine::fastest()
{
    return HYDRANT_HAS_ISAL ? Kind::Isal : Kind::Zlib;
}

const char *InflateEngine::name(Kind kind)
{
    return kind == Kind::Isal ? "ISA-L" : "zlib";
}

std::unique_ptr<InflateEngine> InflateEngine::create()
{
    return create(fastest());
}

std::unique_ptr<InflateEngine> InflateEngine::create(Kind kind)
{
#if HYDRANT_HAS_ISAL
    if (kind == Kind::Isal)
        return std::make_unique<IsalInflate>();
#endif
    if (kind == Kind::Zlib)
        return std::make_unique<ZlibInflate>();
    return nullptr;
}
