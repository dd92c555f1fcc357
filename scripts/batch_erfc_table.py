import mpmath as m
m.mp.dps = 50
def G(x): return m.erfc(x)*m.exp(x*x)
def cheb(f,a,b,N):
    nodes=[m.cos(m.pi*(j+m.mpf(1)/2)/N) for j in range(N)]
    vals=[f((a+b)/2+(b-a)/2*s) for s in nodes]
    c=[2*m.fsum(vals[j]*m.cos(m.pi*k*(j+m.mpf(1)/2)/N) for j in range(N))/N for k in range(N)]
    c[0]/=2
    return c
bounds=[0.25,0.5,0.75,1,1.5,2,3,4,5,7,9,13,17,21,29]
rows=[]; D=0
for a,b in zip(bounds,bounds[1:]):
    a=m.mpf(a); b=m.mpf(b)
    c=cheb(lambda x: G(x), a,b,40)
    scale=min(G(a),G(b))
    need=next(k for k in range(40) if all(abs(x)/scale<1e-18 for x in c[k:]))
    # monomials in s: sum c_k T_k(s)
    poly=[m.mpf(0)]*need
    Tkm1=[m.mpf(1)]; Tk=[m.mpf(0),m.mpf(1)]
    Ts=[Tkm1,Tk]
    for k in range(2,need):
        nxt=[m.mpf(0)]*(k+1)
        for i,v in enumerate(Ts[-1]): nxt[i+1]+=2*v
        for i,v in enumerate(Ts[-2]): nxt[i]-=v
        Ts.append(nxt)
    for k in range(need):
        for i,v in enumerate(Ts[k]): poly[i]+=c[k]*v
    rows.append(((a+b)/2,2/(b-a),poly,need,max(abs(p) for p in poly)/scale))
    D=max(D,need)
    print(float(a),float(b),need, float(rows[-1][4]))
out=[]
for ctr,inv,poly,need,_ in rows:
    c0h=float(poly[0]); c0l=float(poly[0]-m.mpf(c0h))
    coefs=[repr(c0h),repr(c0l)]+[repr(float(p)) for p in poly[1:]]+["0.0"]*(D-need)
    out.append("{%s, %s, %s}"%(repr(float(ctr)),repr(float(inv)),", ".join(coefs)))
open("erf_table.txt","w").write("D=%d\n"%D+",\n".join(out))
