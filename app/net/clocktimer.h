#pragma once

#include <QObject>

#include <chrono>

/// A single-shot timer driven by a Clock: start() arms it, timeout() fires once when the
/// clock reaches the deadline. Restarting an armed timer moves its deadline.
class ClockTimer : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;

    virtual void start(std::chrono::milliseconds interval) = 0;
    virtual void stop() = 0;
    virtual bool isActive() const = 0;

signals:
    void timeout();
};
