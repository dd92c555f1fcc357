"""Tests of leibniz_torch.py with Debian's python3-torch: gradcheck of every operator, values
and gradients against PyTorch's own sigmoid, silu, gelu, mish and elu (within their accuracy),
a user-defined activation end to end against its composition of built-ins, and misuse.
Usage: /usr/bin/python3 test_leibniz_torch.py <libleibniz_torch_kernels.so>"""
import sys
import unittest

import torch
import torch.nn.functional as F

sys.path.insert(0, __import__("os").path.dirname(__file__))
import leibniz_torch  # noqa: E402

OPS = None
BUILTIN = {"sigmoid": torch.sigmoid, "silu": F.silu, "gelu": F.gelu, "mish": F.mish,
           "elu": F.elu, "serf": lambda z: z * torch.erf(F.softplus(z))}


class LeibnizTorch(unittest.TestCase):
    def grid(self, dtype):
        x = torch.linspace(-12, 12, 2001, dtype=dtype)
        return torch.cat([x, torch.tensor([0.0, 1e-8, -1e-8, 30.0, -30.0], dtype=dtype)])

    def test_gradcheck(self):
        for name, op in OPS.items():
            x = (torch.rand(64, dtype=torch.float64) * 12 - 6).requires_grad_()
            self.assertTrue(torch.autograd.gradcheck(op, (x,)), name)

    def test_values_and_gradients_against_pytorch(self):
        for dtype, tol in ((torch.float64, 1e-13), (torch.float32, 4e-6)):
            for name, op in OPS.items():
                x = self.grid(dtype).requires_grad_()
                y = op(x)
                y.backward(torch.ones_like(y))
                ours = x.grad.clone()
                x.grad = None
                ref = BUILTIN[name](x)
                ref.backward(torch.ones_like(ref))
                with self.subTest(name=name, dtype=dtype):
                    torch.testing.assert_close(y, ref.detach(), rtol=tol, atol=tol)
                    torch.testing.assert_close(ours, x.grad, rtol=tol, atol=tol)

    def test_float_and_double_and_shapes(self):
        x = torch.rand(3, 5, 7, dtype=torch.float32) * 8 - 4
        y = OPS["silu"](x)
        self.assertEqual(y.shape, x.shape)
        self.assertEqual(y.dtype, torch.float32)
        # a non-contiguous input is made contiguous
        t = OPS["gelu"](x.transpose(0, 2))
        torch.testing.assert_close(t, F.gelu(x.transpose(0, 2)))

    def test_misuse(self):
        with self.assertRaises(TypeError):
            OPS["silu"](torch.zeros(3, dtype=torch.int32))


if __name__ == "__main__":
    OPS = leibniz_torch.load(sys.argv.pop(1))
    unittest.main()
