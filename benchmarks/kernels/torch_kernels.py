"""PyTorch's CPU ops for the kernel benchmark (kernels.cpp): ns per element, one thread, for the
forward (torch.sigmoid, torch.tanh, F.silu, F.gelu, F.mish, F.elu, F.softplus), the derivative
alone (the aten backward with a gradient of ones), the forward and backward of autograd (f, then
its backward: the fused case) and the VJP (the aten backward op with the incoming gradient), over
uniform [-6, 6] inputs, float32 and float64. sigmoid's and tanh's backward ops take the saved
output y: their df and vjp from z are the forward and then the backward, and df_y and vjp_y the
backward alone from y. Prints lines "name kind type n torch ns" as
kernels.cpp does. Usage: /usr/bin/python3 torch_kernels.py [--quick]"""
import sys
import time

import torch
import torch.nn.functional as F

torch.set_num_threads(1)
aten = torch.ops.aten

FORWARD = {
    "sigmoid": torch.sigmoid, "tanh": torch.tanh, "silu": F.silu, "gelu": F.gelu,
    "mish": F.mish, "elu": F.elu, "softplus": F.softplus,
}
# the aten backward of each op: (grad, x, y) -> grad_in
BACKWARD = {
    "sigmoid": lambda g, x, y: aten.sigmoid_backward(g, y),
    "tanh": lambda g, x, y: aten.tanh_backward(g, y),
    "silu": lambda g, x, y: aten.silu_backward(g, x),
    "gelu": lambda g, x, y: aten.gelu_backward(g, x),
    "mish": lambda g, x, y: aten.mish_backward(g, x),
    "elu": lambda g, x, y: aten.elu_backward(g, 1.0, 1.0, 1.0, False, x),
    "softplus": lambda g, x, y: aten.softplus_backward(g, x, 1.0, 20.0),
}
# ops whose backward reads the saved output y instead of x
FROM_OUTPUT = ("sigmoid", "tanh")


def best_ns(n, run):
    best, passes, start = float("inf"), 0, time.perf_counter()
    while passes < 3 or time.perf_counter() - start < 0.04:
        t0 = time.perf_counter()
        run()
        best = min(best, (time.perf_counter() - t0) * 1e9 / n)
        passes += 1
    return best


def main():
    sizes = [1 << 16] if "--quick" in sys.argv else [1 << 16, 1 << 20, 1 << 24]
    for n in sizes:
        for dtype, tname in ((torch.float32, "float"), (torch.float64, "double")):
            gen = torch.Generator().manual_seed(1)
            x = torch.rand(n, dtype=dtype, generator=gen) * 12 - 6
            g = torch.rand(n, dtype=dtype, generator=gen) * 2 - 1
            ones = torch.ones(n, dtype=dtype)
            out = torch.empty(n, dtype=dtype)
            for name, f in FORWARD.items():
                back = BACKWARD[name]
                y = f(x)
                times = {
                    "f": best_ns(n, lambda: f(x)),
                    "df": best_ns(n, lambda: back(ones, x, y)),
                    "fused": best_ns(n, lambda: back(ones, x, f(x))),
                    "vjp": best_ns(n, lambda: back(g, x, y)),
                }
                if name in FROM_OUTPUT:
                    # the backward takes the saved output: from z it needs the forward first
                    times["df_y"], times["vjp_y"] = times["df"], times["vjp"]
                    times["df"] = best_ns(n, lambda: back(ones, x, f(x)))
                    times["vjp"] = best_ns(n, lambda: back(g, x, f(x)))
                for kind, ns in times.items():
                    print(f"{name} {kind} {tname} {n} torch {ns:.4f}", flush=True)
    del out


if __name__ == "__main__":
    main()
