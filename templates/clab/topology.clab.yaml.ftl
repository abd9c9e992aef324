<#import "/_common.ftl" as c>
<@c.banner/>
name: ${yaml(name)}
topology:
  nodes:
<#if tor??>
    ${yaml(tor.name)}:
      kind: ${tor.kind}
      image: ${tor.image?c}
<#if tor.startupConfig??>
      startup-config: ${yaml(tor.startupConfig)}
      enforce-startup-config: ${tor.enforceStartupConfig}
</#if>
<#if tor.binds?has_content>
      binds:
<@c.yamlList items=tor.binds indent=8/>
</#if>
<#if tor.sysctls?has_content>
      sysctls:
<#list tor.sysctls as key, value>
        ${key}: ${value}
</#list>
</#if>
<#if tor.exec?has_content>
      exec:
<@c.yamlList items=tor.exec indent=8/>
</#if>
</#if>
    ${yaml(cluster.name)}:
      kind: k8s-kind
      image: ${cluster.image?c}
      startup-config: ${yaml(cluster.startupConfig)}
      extras:
        k8s_kind:
          deploy:
            wait: ${cluster.deployWait}
<#list nodes as node>
    ${yaml(node.name)}:
      kind: ext-container
      exec:
<@c.yamlList items=node.exec indent=8/>
</#list>
<#if links?has_content>
  links:
<#list links as link>
    - endpoints: [${link.a?c}, ${link.b?c}]
</#list>
</#if>
