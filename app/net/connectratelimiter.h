#pragma once

#include <QMutex>
#include <QString>

#include <chrono>
#include <deque>
#include <memory>

/// The provider's connect budget (DESIGN §1.1): at most maxRequests connection requests per
/// window per account. Every stream client and connection test of one account asks the same
/// limiter before each request; when the budget is spent it answers how long to wait, whatever
/// delay the reconnect policy computed. It only ever delays, never exceeds. Thread-safe.
///
/// The provider allows 10 requests per 60 s, but it counts by its own clock and by when the
/// requests arrive, not when they were sent: a first request that took longer on the way than
/// the eleventh (jitter, a slow TLS handshake, a retransmitted SYN) or a few milliseconds of
/// clock skew make 11 sends that were 60 s apart here look like 11 within 59.998 s there, and
/// that earns a 429 and a backoff of a minute or more. So the default window is the provider's
/// 60 s plus a margin of one second: all 10 requests of the budget stay usable (a reconnecting
/// client waits one second longer per ten attempts), and any difference in delay or clock under
/// a second never adds up to an 11th request in the server's minute. Nine per 60 s would give a
/// larger margin but spend a tenth of the budget for good.
class ConnectRateLimiter
{
public:
    static constexpr int defaultMaxRequests = 10;
    /// The provider's own window (DESIGN §1.1).
    static constexpr std::chrono::milliseconds providerWindow{60'000};
    /// Added to the provider's window against jitter and clock skew (see the class comment).
    static constexpr std::chrono::milliseconds safetyMargin{1'000};
    static constexpr std::chrono::milliseconds defaultWindow = providerWindow + safetyMargin;

    explicit ConnectRateLimiter(int maxRequests = defaultMaxRequests,
                                std::chrono::milliseconds window = defaultWindow);

    /// The limiter shared by everything that connects as \a user to \a host (one per account).
    static std::shared_ptr<ConnectRateLimiter> forAccount(const QString &host, const QString &user);

    /// Takes a slot at \a now and returns 0 when one is free; otherwise takes nothing and
    /// returns how long until the oldest request in the window leaves it.
    std::chrono::milliseconds tryAcquire(std::chrono::milliseconds now);
    /// How long a request at \a now would have to wait (0 when it may go now); takes nothing.
    std::chrono::milliseconds waitTime(std::chrono::milliseconds now) const;
    /// Requests counted in the window ending at \a now.
    int requestsInWindow(std::chrono::milliseconds now) const;

    int maxRequests() const { return m_maxRequests; }
    std::chrono::milliseconds window() const { return m_window; }

private:
    void expire(std::chrono::milliseconds now) const;
    std::chrono::milliseconds waitTimeLocked(std::chrono::milliseconds now) const;

    const int m_maxRequests;
    const std::chrono::milliseconds m_window;
    mutable QMutex m_mutex;
    mutable std::deque<std::chrono::milliseconds> m_requests;
};
