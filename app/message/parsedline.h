#pragma once

#include <simdjson.h>

/// A line the index pass parsed already, handed to whoever would parse it again (a search
/// confirming a candidate line). Valid until the pass parses its next line. Internal to the
/// core: it exposes simdjson types.
struct ParsedLine
{
    simdjson::dom::object root;
};
