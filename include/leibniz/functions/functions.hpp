// Every primitive function: exp log tanh atan erf sin cos abs sign (sqrt is the power 1/2).
#pragma once

#include <leibniz/functions/abs.hpp>
#include <leibniz/functions/atan.hpp>
#include <leibniz/functions/cos.hpp>
#include <leibniz/functions/erf.hpp>
#include <leibniz/functions/exp.hpp>
#include <leibniz/functions/log.hpp>
#include <leibniz/functions/sign.hpp>
#include <leibniz/functions/sin.hpp>
#include <leibniz/functions/tanh.hpp>
