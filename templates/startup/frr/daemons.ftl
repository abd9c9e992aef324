<#import "/_common.ftl" as c>
<@c.banner/>
<#if bgp??>
# FRR daemons for ${hostname}: zebra and staticd always run; the lab needs only bgpd besides them.
bgpd=yes
<#else>
# FRR daemons for ${hostname}: zebra and staticd always run; this ToR only routes, so no bgpd either.
bgpd=no
</#if>
ospfd=no
ospf6d=no
ripd=no
ripngd=no
isisd=no
pimd=no
ldpd=no
nhrpd=no
eigrpd=no
babeld=no
sharpd=no
pbrd=no
bfdd=no
fabricd=no
vrrpd=no
pathd=no

vtysh_enable=yes
zebra_options="  -A 127.0.0.1 -s 90000000"
bgpd_options="   -A 127.0.0.1"
