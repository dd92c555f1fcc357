// An example of the accuracy tool's C++ half: TanhExp, z tanh(exp(z)), as a user writes it.
//   /usr/bin/python3 benchmarks/accuracy/accuracy.py "z*tanh(exp(z))" --cpp tanhexp.cpp --at 709
#include "tool.hpp"

using namespace accuracy_tool;

int main() { return run(z * lz::tanh(lz::exp(z))); }
