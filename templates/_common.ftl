<#-- Shared macros. Files whose name starts with '_' are libraries, not outputs. -->
<#-- A header line naming the source; prefix is the file type's comment mark. -->
<#macro banner prefix="#">
${prefix} Rendered by labforge from the "${lab.name}" lab spec (lab.yaml). Edit the spec and re-render instead of this file.
</#macro>
<#-- A YAML block sequence of strings, quoted, at the given indentation. -->
<#macro yamlList items indent>
<#list items as item>
${""?left_pad(indent)}- ${item?c}
</#list>
</#macro>
