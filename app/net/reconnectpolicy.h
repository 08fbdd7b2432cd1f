#pragma once

#include <chrono>

/// How long to wait before the next connection attempt, as a pure function of the kind of
/// failure and how many failures of that kind came in a row (DESIGN §1.1, the provider's
/// published guidance):
/// - an established connection dropped: reconnect at once (the caller allows this once);
/// - network (TCP/IP, TLS handshake, timeout) errors: 250 ms, 500 ms, ... +250 ms each, at most 16
/// s;
/// - HTTP errors worth retrying (5xx): 5 s, 10 s, 20 s, ... doubling, at most 320 s;
/// - rate limiting (420/429): 60 s, 120 s, 240 s, ... doubling, at most 960 s.
/// Jitter adds up to jitterFraction of the delay, from a random number the caller supplies,
/// so many clients do not reconnect in lockstep and tests stay deterministic.
class ReconnectPolicy
{
public:
    enum class Failure { Dropped, Network, Http, RateLimited };

    struct Settings
    {
        std::chrono::milliseconds linearStep{250};
        std::chrono::milliseconds linearMax{16'000};
        std::chrono::milliseconds httpStart{5'000};
        std::chrono::milliseconds httpMax{320'000};
        std::chrono::milliseconds rateLimitStart{60'000};
        std::chrono::milliseconds rateLimitMax{960'000};
        double jitterFraction = 0.2;
    };

    ReconnectPolicy() = default;
    explicit ReconnectPolicy(const Settings &settings)
        : m_settings(settings)
    {}

    /// The delay before attempt number \a attempt (1 = the first failure of this kind in a row)
    /// without jitter.
    std::chrono::milliseconds baseDelay(Failure failure, int attempt) const;
    /// baseDelay() plus jitter: \a random01 in [0, 1) adds that share of jitterFraction.
    std::chrono::milliseconds delay(Failure failure, int attempt, double random01) const;

    const Settings &settings() const { return m_settings; }

private:
    Settings m_settings;
};
