<#import "/_common.ftl" as c>
<@c.banner/>
apiVersion: crd.projectcalico.org/v1
kind: BGPConfiguration
metadata:
  name: default
spec:
  logSeverityScreen: ${calico.logSeverity}
  asNumber: ${calico.asn}
  nodeToNodeMeshEnabled: ${calico.nodeToNodeMesh}
<#if calico.loadBalancerIPs?has_content>
  serviceLoadBalancerIPs:
<#list calico.loadBalancerIPs as cidr>
    - cidr: ${cidr?c}
</#list>
</#if>
<#if calico.prefixAdvertisements?has_content>
  # Communities only tag the routes Calico exports; they do not add routes.
  prefixAdvertisements:
<#list calico.prefixAdvertisements as advert>
    - cidr: ${advert.cidr?c}
      communities:
<@c.yamlList items=advert.communities indent=8/>
</#list>
</#if>
