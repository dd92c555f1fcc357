// cat(a, b, ...): the strings appended in order. The printers and emitters build text with it
// rather than "..." + std::string, on which g++ 12 warns falsely (-Wrestrict) at -O3.
#pragma once

#include <string>

namespace leibniz::detail {

template <class... Parts>
std::string cat(Parts const&... parts) {
    std::string out;
    (out += ... += parts);
    return out;
}

}  // namespace leibniz::detail
