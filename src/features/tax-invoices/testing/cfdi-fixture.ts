/** A CFDI 4.0 shaped like the sandbox's (and SAT's examples), for tests. */
export function cfdiXml({ uuid = '5C3A1B2D-4E5F-4A6B-8C7D-9E0F1A2B3C4D', issuer = 'Hotel Fiesta Americana Reforma', total = '2842.00', currency = 'MXN', description = 'Hospedaje habitación sencilla' } = {}): string {
  return `<?xml version="1.0" encoding="UTF-8"?>
<cfdi:Comprobante xmlns:cfdi="http://www.sat.gob.mx/cfd/4" xmlns:tfd="http://www.sat.gob.mx/TimbreFiscalDigital" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" Version="4.0" Serie="HFR" Folio="48213" Fecha="2026-11-20T09:15:02" FormaPago="04" SubTotal="2450.00" Moneda="${currency}" Total="${total}" TipoDeComprobante="I" Exportacion="01" MetodoPago="PUE" LugarExpedicion="06600">
  <cfdi:Emisor Rfc="HFA990101AB1" Nombre="${issuer}" RegimenFiscal="601"/>
  <cfdi:Receptor Rfc="CCM150301QX4" Nombre="Consultores Creativos de México" DomicilioFiscalReceptor="11560" RegimenFiscalReceptor="601" UsoCFDI="G03"/>
  <cfdi:Conceptos>
    <cfdi:Concepto ClaveProdServ="90111800" Cantidad="1" ClaveUnidad="E48" Unidad="Servicio" Descripcion="${description}" ValorUnitario="2450.00" Importe="2450.00" ObjetoImp="02">
      <cfdi:Impuestos>
        <cfdi:Traslados>
          <cfdi:Traslado Base="2450.00" Impuesto="002" TipoFactor="Tasa" TasaOCuota="0.160000" Importe="392.00"/>
        </cfdi:Traslados>
      </cfdi:Impuestos>
    </cfdi:Concepto>
  </cfdi:Conceptos>
  <cfdi:Impuestos TotalImpuestosTrasladados="392.00">
    <cfdi:Traslados>
      <cfdi:Traslado Base="2450.00" Impuesto="002" TipoFactor="Tasa" TasaOCuota="0.160000" Importe="392.00"/>
    </cfdi:Traslados>
  </cfdi:Impuestos>
  <cfdi:Complemento>
    <tfd:TimbreFiscalDigital Version="1.1" UUID="${uuid}" FechaTimbrado="2026-11-20T09:17:45" RfcProvCertif="SAT970701NN3" NoCertificadoSAT="00001000000504465028"/>
  </cfdi:Complemento>
</cfdi:Comprobante>`;
}

export const BILLION_LAUGHS = `<?xml version="1.0"?>
<!DOCTYPE lolz [
 <!ENTITY lol "lol">
 <!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
 <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
 <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
 <!ENTITY lol9 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">
]>
<cfdi:Comprobante xmlns:cfdi="http://www.sat.gob.mx/cfd/4" Total="&lol9;"/>`;

/** Script in a text node and in an attribute: must show as text, never run. */
export const SCRIPT_IN_TEXT = cfdiXml({ issuer: '&lt;script&gt;alert(1)&lt;/script&gt;', description: '&lt;img src=x onerror=alert(2)&gt;' }).replace(
  '</cfdi:Comprobante>',
  '<Addenda><script>window.__hacked = true</script></Addenda></cfdi:Comprobante>',
);

/** Over 5 MB: a real CFDI with a huge addenda. */
export function hugeCfdi(): string {
  return cfdiXml().replace('</cfdi:Comprobante>', `<Addenda>${'A'.repeat(5 * 1024 * 1024)}</Addenda></cfdi:Comprobante>`);
}
