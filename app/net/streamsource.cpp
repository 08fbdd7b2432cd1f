#include "streamsource.h"

#include <QHash>
#include <QMutex>

namespace {

QMutex &factoryMutex()
{
    static QMutex mutex;
    return mutex;
}

QHash<int, StreamSource::Factory> &factories()
{
    static QHash<int, StreamSource::Factory> table;
    return table;
}

} // namespace

StreamSource::~StreamSource() = default;

void StreamSource::registerFactory(StreamServiceKind kind, Factory factory)
{
    const QMutexLocker lock(&factoryMutex());
    factories().insert(int(kind), std::move(factory));
}

StreamSource *StreamSource::create(StreamServiceKind kind)
{
    Factory factory;
    {
        const QMutexLocker lock(&factoryMutex());
        factory = factories().value(int(kind));
    }
    return factory ? factory() : nullptr;
}
