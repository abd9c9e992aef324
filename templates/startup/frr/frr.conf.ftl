<#import "/_common.ftl" as c>
<#assign pg = bgp.peerGroup>
<@c.banner prefix="!"/>
! ${hostname}: FRR configuration. The VLAN bridges and their addresses are created by the topology's exec lines.
frr defaults traditional
hostname ${hostname}
service integrated-vtysh-config
!
ip forwarding
!
router bgp ${bgp.asn}
 bgp router-id ${bgp.routerId}
<#if bgp.ebgp>
 ! FRR exchanges no eBGP routes without a policy unless told so.
 no bgp ebgp-requires-policy
</#if>
<#if bgp.listenLimit gt 0>
 bgp listen limit ${bgp.listenLimit}
</#if>
 ! The peer group must exist before the listen ranges that use it.
 neighbor ${pg} peer-group
 neighbor ${pg} remote-as ${bgp.remoteAs}
 neighbor ${pg} description ${bgp.description}
<#list bgp.listenRanges as range>
 bgp listen range ${range} peer-group ${pg}
</#list>
 !
 address-family ipv4 unicast
<#list bgp.networks as network>
  network ${network}
</#list>
  neighbor ${pg} activate
<#if bgp.routeReflectorClient>
  neighbor ${pg} route-reflector-client
</#if>
<#if bgp.nextHopSelfForce>
  ! Reflected routes keep their next hop in FRR unless forced.
  neighbor ${pg} next-hop-self force
<#else>
  neighbor ${pg} next-hop-self
</#if>
 exit-address-family
exit
!
