<#import "/_common.ftl" as c>
<#import "_bgp.ftl" as b>
<@c.banner prefix="!"/>
! ${hostname}: complete cEOS startup-config (containerlab uses it instead of its built-in one).
!
hostname ${hostname}
!
! EOS before 4.32 needs the multi-agent model to rewrite next hops of reflected routes; newer EOS has only it.
service routing protocols model multi-agent
!
username admin privilege 15 secret admin
!
<#list vlans as vlan>
vlan ${vlan.id}
   name ${vlan.name}
!
</#list>
<#list ports as port>
interface ${port.name}
   description ${port.description}
   mtu ${port.mtu}
   switchport access vlan ${port.vlan}
!
</#list>
! Management0 asks DHCP until containerlab gives it the management address after boot.
interface Management0
   ip address dhcp
!
<#list svis as svi>
interface ${svi.name}
   mtu ${svi.mtu}
   ip address ${svi.address}
<#if svi.address6??>
   ipv6 address ${svi.address6}
</#if>
!
</#list>
<#if loopback?has_content>
interface Loopback0
<#list loopback as a>
<#if a.ipv6>
   ipv6 address ${a.cidr}
<#else>
   ip address ${a.cidr}<#if a.secondary> secondary</#if>
</#if>
</#list>
!
</#if>
ip routing
<#if ipv6>
ipv6 unicast-routing
</#if>
!
<#if routes?has_content>
<#list routes as r>
<#if r.ipv6>ipv6<#else>ip</#if> route ${r.prefix} ${r.via}
</#list>
!
</#if>
management api http-commands
   no shutdown
!
<#if bgp??>
<@b.routerBgp bgp=bgp/>
!
</#if>
end
