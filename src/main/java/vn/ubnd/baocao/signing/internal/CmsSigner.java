package vn.ubnd.baocao.signing.internal;

import java.io.IOException;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.util.Map;

import org.bouncycastle.asn1.ASN1Encoding;
import org.bouncycastle.asn1.ASN1EncodableVector;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.DEROctetString;
import org.bouncycastle.asn1.DERSet;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.ess.ESSCertIDv2;
import org.bouncycastle.asn1.ess.SigningCertificateV2;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.IssuerSerial;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cms.CMSAttributeTableGenerator;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.CMSSignedDataGenerator;
import org.bouncycastle.cms.jcajce.JcaSignerInfoGeneratorBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;

/**
 * The CMS of a PAdES baseline B-B signature: detached SignedData over the signed byte ranges, SHA-256, the signed
 * attributes content-type, message-digest and ESS signing-certificate-v2 (no signing-time: the time is the
 * signature dictionary's {@code M}), and the certificate chain.
 */
public final class CmsSigner {

	private CmsSigner() {
	}

	/** The DER-encoded CMS SignedData of {@code content}, signed with {@code key}. */
	public static byte[] sign(byte[] content, SigningKey key) {
		try {
			X509Certificate certificate = key.certificate();
			CMSSignedDataGenerator generator = new CMSSignedDataGenerator();
			JcaSignerInfoGeneratorBuilder signerInfo = new JcaSignerInfoGeneratorBuilder(
					new JcaDigestCalculatorProviderBuilder().build());
			signerInfo.setSignedAttributeGenerator(new PadesAttributes(new X509CertificateHolder(certificate.getEncoded())));
			generator.addSignerInfoGenerator(signerInfo
				.build(new JcaContentSignerBuilder(key.signatureAlgorithm()).build(key.privateKey()), certificate));
			generator.addCertificates(new JcaCertStore(key.chain()));
			CMSSignedData signed = generator.generate(new CMSProcessableByteArray(content), false);
			return signed.toASN1Structure().getEncoded(ASN1Encoding.DER);
		}
		catch (CertificateEncodingException | OperatorCreationException | CMSException | IOException ex) {
			throw new IllegalStateException("cannot sign with the key of unit " + key.unitId(), ex);
		}
	}

	/** content-type, message-digest, signing-certificate-v2; nothing else. */
	private record PadesAttributes(X509CertificateHolder certificate) implements CMSAttributeTableGenerator {

		@Override
		@SuppressWarnings("rawtypes")
		public AttributeTable getAttributes(Map parameters) {
			ASN1EncodableVector attributes = new ASN1EncodableVector();
			attributes.add(new Attribute(CMSAttributes.contentType,
					new DERSet((ASN1ObjectIdentifier) parameters.get(CMSAttributeTableGenerator.CONTENT_TYPE))));
			attributes.add(new Attribute(CMSAttributes.messageDigest,
					new DERSet(new DEROctetString((byte[]) parameters.get(CMSAttributeTableGenerator.DIGEST)))));
			try {
				// SHA-256 is ESSCertIDv2's default hash algorithm, so it is left out of the encoding
				ESSCertIDv2 id = new ESSCertIDv2(Digests.sha256(this.certificate.getEncoded()),
						new IssuerSerial(new GeneralNames(new GeneralName(this.certificate.getIssuer())),
								this.certificate.getSerialNumber()));
				attributes.add(new Attribute(PKCSObjectIdentifiers.id_aa_signingCertificateV2,
						new DERSet(new SigningCertificateV2(new ESSCertIDv2[] { id }))));
			}
			catch (IOException ex) {
				throw new IllegalStateException("cannot encode the signing certificate", ex);
			}
			return new AttributeTable(attributes);
		}

	}

}
