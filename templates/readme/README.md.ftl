# ${lab.title}

<!-- Rendered by labforge from the "${lab.name}" lab spec (lab.yaml). Edit the spec and re-render instead of this file. -->

<#if tor??>
A containerlab lab: ${lab.cluster.nodes?size} kind node<#if lab.cluster.nodes?size != 1>s</#if> of cluster `${lab.cluster.name}` behind the
top-of-rack router `${tor.name}` (${torSummary}).
Calico ${calicoVersion} (AS ${lab.calico.asn}): ${peering}; ${advertised}.
<#else>
A containerlab lab: ${lab.cluster.nodes?size} kind node<#if lab.cluster.nodes?size != 1>s</#if> of cluster `${lab.cluster.name}` on kind's Docker network
`${network.name}` (${network.subnet}), without a top-of-rack router.
Calico ${calicoVersion} (AS ${lab.calico.asn}): ${peering}.
</#if>

## Files

| File | What |
|---|---|
<#list files as file>
| `${file.path}` | ${file.what} |
</#list>

## Deploy with containerlab

```bash
sudo containerlab deploy -t topology.clab.yaml
sudo kind get kubeconfig --name ${lab.cluster.name} > ${lab.cluster.name}.kubeconfig
export KUBECONFIG=$PWD/${lab.cluster.name}.kubeconfig
kubectl create -f https://raw.githubusercontent.com/projectcalico/calico/${calicoVersion}/manifests/operator-crds.yaml
kubectl create -f https://raw.githubusercontent.com/projectcalico/calico/${calicoVersion}/manifests/tigera-operator.yaml
kubectl apply -f calico-cni-config/
kubectl wait --for=create tigerastatus/calico tigerastatus/apiserver --timeout=5m
kubectl wait --for=condition=Available tigerastatus/calico tigerastatus/apiserver --timeout=10m
<#if hasManifests>
kubectl apply -f k8s-manifests/
</#if>
<#if lab.workloads?has_content>
kubectl apply -f tools/
</#if>
```

The kind nodes stay NotReady until Calico runs. `lab up` does the same with bounded waits and then
verifies BGP sessions, routes and pings. Remove the lab with `sudo containerlab destroy -t topology.clab.yaml`
(it deletes the kind cluster too).
<#if imageNote??>

${imageNote}
</#if>

## Addresses

<#if tor??>
| VLAN | Name | Subnet | Gateway (${tor.name}) | ToR ports |
|---|---|---|---|---|
<#list vlans as vlan>
| ${vlan.id} | ${vlan.name} | ${vlan.subnet} | ${vlan.gateway} | ${vlan.ports} |
</#list>

| Node | Role | VLAN | eth1 | Gateway | ToR port | IPAM block | BGP peers |
|---|---|---|---|---|---|---|---|
<#list nodes as node>
| ${node.name} | ${node.role} | ${node.vlan} | ${node.address} | ${node.gateway} | ${node.torPort} | ${node.block} | ${node.peers} |
</#list>
<#else>
Network `${network.name}`: ${network.subnet}, gateway ${network.gateway}. Under containerlab Docker gives the nodes
their addresses in the order their containers start; the table shows labforge's plan (kind's node order).

| Node | Role | eth0 | IPAM blocks |
|---|---|---|---|
<#list nodes as node>
| ${node.name} | ${node.role} | ${node.address} | ${node.block} |
</#list>
</#if>

Pod network ${lab.cluster.podSubnet}, service network ${lab.cluster.serviceSubnet}<#if lab.calico.loadBalancerIPs?has_content>, LoadBalancer addresses ${lab.calico.loadBalancerIPs?join(", ")}</#if>.
MTUs: ${mtus}.
IPAM blocks are labforge's plan (used by its embedded runtime); under containerlab Calico picks its own,
see `kubectl get blockaffinities`.
<#if pings?has_content>

## Checks

| From | To | Packet | Expected |
|---|---|---|---|
<#list pings as ping>
| ${ping.from} | ${ping.to} | ${ping.packet} | ${ping.expected} |
</#list>
</#if>

<#if tor??>
Open the ToR's CLI with `${torCli}`.
<#else>
Open a shell on a node with `docker exec -it ${lab.cluster.nodes[0].name} bash`.
</#if>
