<#import "/_common.ftl" as c>
<@c.banner/>
# The generator's decisions that no Kubernetes or router file carries; the runtimes read them.
lab: ${yaml(lab.name)}
runtimeHints: {torPlatform: ${torPlatform}}
<#if blocks?has_content>
blocks:
<#list blocks as block>
  - {node: ${yaml(block.node)}, cidr: ${block.cidr}, pool: ${yaml(block.pool)}, pinned: ${block.pinned}}
</#list>
<#else>
blocks: []
</#if>
<#if pods?has_content>
pods:
<#list pods as pod>
  - {name: ${yaml(pod.name)}, workload: ${yaml(pod.workload)}, node: ${yaml(pod.node)}, ip: ${pod.ip}}
</#list>
<#else>
pods: []
</#if>
checks:
<#if pings?has_content>
  ping:
<#list pings as ping>
    - {from: ${ping.from?c}, to: ${ping.to?c}<#if ping.ttl??>, ttl: ${ping.ttl}</#if>, reachable: ${ping.reachable}, derived: ${ping.derived}}
</#list>
<#else>
  ping: []
</#if>
