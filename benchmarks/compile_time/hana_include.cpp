// A reference point for benchmarks/compile_time.sh: the cost of including Boost.Hana alone, which
// every leibniz translation unit pays (quoted in the issue at 0.5 s).
#include <boost/hana.hpp>

int main() {}
