<#import "/_common.ftl" as c>
<#-- Prints dev.labforge.render.FrrConfig: every decision is made in Java (the frr platform, the netns cEOS emulation). -->
<@c.banner prefix="!"/>
! ${frr.hostname}: ${frr.origin}
frr defaults traditional
hostname ${frr.hostname}
service integrated-vtysh-config
!
${frr.ipForwarding?then("ip forwarding", "no ip forwarding")}
<#if frr.ipv6Forwarding>
ipv6 forwarding
</#if>
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
<#list bgp.peerGroups4() as pg>
<@afGroup pg=pg/>
</#list>
<#list bgp.peerGroups6() as pg>
  ! ${pg.name} carries IPv6 only.
  no neighbor ${pg.name} activate
</#list>
<#if bgp.maximumPaths??>
  ! Paths installed per prefix.
  maximum-paths ${bgp.maximumPaths}
  maximum-paths ibgp ${bgp.maximumPaths}
</#if>
 exit-address-family
<#if bgp.ipv6()>
 !
 address-family ipv6 unicast
<#list bgp.networks6 as network>
  network ${network}
</#list>
<#list bgp.peerGroups6() as pg>
<@afGroup pg=pg/>
</#list>
 exit-address-family
</#if>
exit
!
</#if>
<#-- One peer group's settings inside an address family. -->
<#macro afGroup pg>
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
</#macro>
