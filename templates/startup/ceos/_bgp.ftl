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
<#list bgp.listenRanges as range>
   bgp listen range ${range} peer-group ${pg} remote-as ${bgp.remoteAs}
</#list>
   !
   address-family ipv4
      neighbor ${pg} activate
<#list bgp.networks as network>
      network ${network}
</#list>
</#macro>
