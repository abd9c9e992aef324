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
!
</#list>
ip routing
!
management api http-commands
   no shutdown
!
<#if bgp??>
<@b.routerBgp bgp=bgp/>
!
</#if>
end
