// The textbook value of each catalogue activation and of its first derivative, in 50 significant
// digits (Boost.Multiprecision cpp_bin_float_50), written from the definitions independently of
// leibniz: the reference of the accuracy test.
#pragma once

#include <string_view>

#include <boost/multiprecision/cpp_bin_float.hpp>

namespace accuracy {

using real = boost::multiprecision::cpp_bin_float_50;

//! f(x) (order 0) or f'(x) (order 1) of the catalogue function `name`, with the parameters of
//! tests/codegen/compiled/activations.hpp; a NaN for an unknown name.
real textbook(std::string_view name, int order, real const& x);

}  // namespace accuracy
