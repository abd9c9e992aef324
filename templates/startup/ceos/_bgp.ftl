<#-- EOS router bgp: peer group first, listen ranges after it, route-reflector-client per peer group. -->
<#macro routerBgp bgp>
<#local pg = bgp.peerGroup>
router bgp ${bgp.asn}
   router-id ${bgp.routerId}
   neighbor ${pg} peer group
<#if bgp.ebgp>
   neighbor ${pg} remote-as ${bgp.remoteAs}
</#if>
   neighbor ${pg} description ${bgp.description}
   neighbor ${pg} next-hop-self
<#if bgp.routeReflectorClient>
   neighbor ${pg} route-reflector-client
</#if>
<#if bgp.ipv6()>
<#local pg6 = bgp.peerGroup6>
   neighbor ${pg6} peer group
<#if bgp.ebgp>
   neighbor ${pg6} remote-as ${bgp.remoteAs}
</#if>
   neighbor ${pg6} description ${bgp.description}
   neighbor ${pg6} next-hop-self
<#if bgp.routeReflectorClient>
   neighbor ${pg6} route-reflector-client
</#if>
</#if>
<#list bgp.listenRanges as range>
   bgp listen range ${range} peer-group ${pg} remote-as ${bgp.remoteAs}
</#list>
<#list bgp.listenRanges6 as range>
   bgp listen range ${range} peer-group ${bgp.peerGroup6} remote-as ${bgp.remoteAs}
</#list>
   !
   address-family ipv4
      neighbor ${pg} activate
<#list bgp.networks as network>
      network ${network}
</#list>
<#if bgp.ipv6()>
   !
   address-family ipv6
      neighbor ${bgp.peerGroup6} activate
<#list bgp.networks6 as network>
      network ${network}
</#list>
</#if>
</#macro>
