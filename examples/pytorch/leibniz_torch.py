"""PyTorch operators from leibniz kernels: any activation whose C kernels NAME_fwd and NAME_vjp
(lz::to_c of lz::kernel, see generate.cpp) are in a shared library becomes a
torch.autograd.Function on contiguous CPU float32 and float64 tensors, called through ctypes on
data_ptr(). The backward is leibniz's exact derivative, from the saved input.

    ops = leibniz_torch.load("libleibniz_torch_kernels.so")
    y = ops["serf"](x)          # forward; y.backward(...) calls serf_vjp
"""
import ctypes

import torch

_POINTERS = {torch.float32: ctypes.POINTER(ctypes.c_float),
             torch.float64: ctypes.POINTER(ctypes.c_double)}


def _pointer(t):
    return ctypes.cast(ctypes.c_void_p(t.data_ptr()), _POINTERS[t.dtype])


def _check(t):
    if t.device.type != "cpu" or t.dtype not in _POINTERS:
        raise TypeError("leibniz_torch: a CPU tensor of float32 or float64 is needed, not "
                        f"{t.dtype} on {t.device}")
    return t.contiguous()


def _function(lib, name):
    kernels = {}
    for dtype, suffix in ((torch.float64, ""), (torch.float32, "_f")):
        fwd = getattr(lib, f"{name}_fwd{suffix}")
        vjp = getattr(lib, f"{name}_vjp{suffix}")
        p = _POINTERS[dtype]
        fwd.argtypes = [ctypes.c_size_t, p, p]
        vjp.argtypes = [ctypes.c_size_t, p, p, p]
        fwd.restype = vjp.restype = None
        kernels[dtype] = (fwd, vjp)

    class Activation(torch.autograd.Function):
        @staticmethod
        def forward(ctx, x):
            x = _check(x)
            y = torch.empty_like(x)
            kernels[x.dtype][0](x.numel(), _pointer(x), _pointer(y))
            ctx.save_for_backward(x)
            return y

        @staticmethod
        def backward(ctx, grad):
            (x,) = ctx.saved_tensors
            grad = _check(grad).to(x.dtype)
            out = torch.empty_like(x)
            kernels[x.dtype][1](x.numel(), _pointer(x), _pointer(grad), _pointer(out))
            return out

    Activation.__name__ = name
    return Activation.apply


def load(path, names=("sigmoid", "silu", "gelu", "mish", "elu", "serf")):
    """The activations of the library at path, by name: {name: function of a tensor}."""
    lib = ctypes.CDLL(str(path))
    return {name: _function(lib, name) for name in names}
