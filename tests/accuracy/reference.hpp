// The textbook value of each catalogue activation and of its first derivative, in 50 significant
// digits (Boost.Multiprecision cpp_bin_float_50), written from the definitions independently of
// leibniz: the reference of the accuracy test.
#pragma once

#include <limits>
#include <string_view>

#include <boost/multiprecision/cpp_bin_float.hpp>

namespace accuracy {

using real = boost::multiprecision::cpp_bin_float_50;

//! f(x) (order 0) or f'(x) (order 1) of the catalogue function `name`, with the parameters of
//! tests/codegen/compiled/activations.hpp; a NaN for an unknown name.
real textbook(std::string_view name, int order, real const& x);

// The spacing of T at y, and at least the spacing at 2^12 times the smallest normal number: a
// result that close to underflow is computed from subnormal intermediates, which gradual underflow
// rounds to fewer bits (gelu(-37.6) = 3.6e-308 is -37.6 erfc(26.6)/2 with erfc(26.6) subnormal, and
// gelu_tanh'(-21.2) = -1e-307 is about -2000 t with t = exp(2u) = 5e-311).
template <class T>
real ulp_of(real const& y) {
    real const a = abs(y);
    real const floor = real(std::numeric_limits<T>::min()) * 4096;
    if (a < floor) return ulp_of<T>(floor);
    int e = 0;
    frexp(a, &e);  // a = m 2^e, 1/2 <= m < 1
    return ldexp(real(1), e - std::numeric_limits<T>::digits);
}

}  // namespace accuracy
