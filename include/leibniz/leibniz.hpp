// leibniz: calculus in the type system. Include this header for everything.
#pragma once

#include <leibniz/activations.hpp>
#include <leibniz/algebra/operators.hpp>
#include <leibniz/calculus/d.hpp>
#include <leibniz/calculus/gradient.hpp>
#include <leibniz/core/constants.hpp>
#include <leibniz/core/nodes.hpp>
#include <leibniz/core/same.hpp>
#include <leibniz/eval/eval.hpp>
#include <leibniz/functions/functions.hpp>
#include <leibniz/print/latex.hpp>
#include <leibniz/print/text.hpp>
