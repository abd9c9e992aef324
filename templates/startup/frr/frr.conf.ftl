<#import "/_common.ftl" as c>
<#-- Prints dev.labforge.render.FrrConfig: every decision is made in Java (the frr platform, the netns cEOS emulation). -->
<@c.banner prefix="!"/>
! ${frr.hostname}: ${frr.origin}
frr defaults traditional
hostname ${frr.hostname}
service integrated-vtysh-config
!
${frr.ipForwarding?then("ip forwarding", "no ip forwarding")}
!
<#list frr.interfaces as interface>
interface ${interface.name}
<#if interface.description??>
 description ${interface.description}
</#if>
<#if interface.note??>
 ! ${interface.note}
</#if>
exit
!
</#list>
<#if frr.bgp??>
<#assign bgp = frr.bgp>
router bgp ${bgp.asn}
<#if bgp.routerId??>
 bgp router-id ${bgp.routerId}
</#if>
<#if bgp.logNeighborChanges>
 bgp log-neighbor-changes
</#if>
<#if bgp.noEbgpRequiresPolicy>
 ! FRR exchanges no eBGP routes without a policy unless told so.
 no bgp ebgp-requires-policy
</#if>
<#if bgp.coalesceTime gt 0>
 ! FRR waits a second before the first update to a new peer unless told otherwise.
 coalesce-time ${bgp.coalesceTime}
</#if>
<#if bgp.listenLimit gt 0>
 bgp listen limit ${bgp.listenLimit}
</#if>
 ! The peer group must exist before the listen ranges that use it.
<#list bgp.peerGroups as pg>
 neighbor ${pg.name} peer-group
 neighbor ${pg.name} remote-as ${pg.remoteAs}
<#if pg.description??>
 neighbor ${pg.name} description ${pg.description}
</#if>
</#list>
<#list bgp.listenRanges as range>
 bgp listen range ${range.prefix} peer-group ${range.peerGroup}
</#list>
 !
 address-family ipv4 unicast
<#list bgp.networks as network>
  network ${network}
</#list>
<#list bgp.peerGroups as pg>
<#if pg.activate>
  neighbor ${pg.name} activate
</#if>
<#if pg.routeReflectorClient>
  neighbor ${pg.name} route-reflector-client
</#if>
<#if pg.noSendCommunity?has_content>
  ! FRR sends every community unless told not to.
</#if>
<#list pg.noSendCommunity as kind>
  no neighbor ${pg.name} send-community ${kind}
</#list>
<#if pg.nextHopSelf == "force">
  ! Reflected routes keep their next hop in FRR unless forced.
  neighbor ${pg.name} next-hop-self force
<#elseif pg.nextHopSelf == "plain">
  neighbor ${pg.name} next-hop-self
</#if>
</#list>
<#if bgp.maximumPaths??>
  ! Paths installed per prefix.
  maximum-paths ${bgp.maximumPaths}
  maximum-paths ibgp ${bgp.maximumPaths}
</#if>
 exit-address-family
exit
!
</#if>
