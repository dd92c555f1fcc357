// leibniz: calculus in the type system. Include this header for everything.
#pragma once

// The headers that diagnose misuse come first, each in a block of its own (so that formatting
// keeps the order), so that their messages follow only two "included from" lines.
#include <leibniz/core/nodes.hpp>

#include <leibniz/core/constants.hpp>

#include <leibniz/eval/eval.hpp>

#include <leibniz/calculus/d.hpp>

#include <leibniz/activations.hpp>
#include <leibniz/algebra/operators.hpp>
#include <leibniz/algebra/same.hpp>
#include <leibniz/batch/kernel.hpp>
#include <leibniz/calculus/asymptotic.hpp>
#include <leibniz/calculus/gradient.hpp>
#include <leibniz/calculus/series.hpp>
#include <leibniz/codegen/codegen.hpp>
#include <leibniz/codegen/kernel.hpp>
#include <leibniz/functions/functions.hpp>
#include <leibniz/print/latex.hpp>
#include <leibniz/print/text.hpp>
#include <leibniz/proof/equivalent.hpp>
#include <leibniz/proof/explain.hpp>
#include <leibniz/proof/in_terms_of.hpp>
#include <leibniz/study/describe.hpp>
#include <leibniz/study/holds.hpp>
#include <leibniz/study/limit.hpp>
#include <leibniz/study/study.hpp>
