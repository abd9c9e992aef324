<#import "/_common.ftl" as c>
<@c.banner/>
# containerlab's k8s-kind node "${cluster.name}" creates this cluster; the node name is the cluster name.
apiVersion: kind.x-k8s.io/v1alpha4
kind: Cluster
name: ${yaml(cluster.name)}
networking:
  disableDefaultCNI: true
  podSubnet: ${cluster.podSubnet?c}
  serviceSubnet: ${cluster.serviceSubnet?c}
nodes:
<#list nodes as node>
  # ${node.name}
  - role: ${node.role}
    image: ${node.image?c}
<#if node.kubeletArgs?has_content || node.apiServer>
    kubeadmConfigPatches:
</#if>
<#if node.kubeletArgs?has_content>
      - |
        kind: ${node.kubeadmKind}
        nodeRegistration:
          kubeletExtraArgs:
<#list node.kubeletArgs as key, value>
            ${key}: ${value?c}
</#list>
</#if>
<#if node.apiServer>
      - |
        kind: ClusterConfiguration
        apiServer:
          certSANs:
<@c.yamlList items=node.certSans indent=12/>
          extraArgs:
            advertise-address: ${node.ip?c}
</#if>
</#list>
